package dev.frontline.app;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.app.persistence.UserLanguageRepository;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.text.Languages;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/** The signed-in user's UI language, remembered across sessions and devices. */
@Service
public class UserLanguages {

    private final UserLanguageRepository repository;
    private final CurrentUser currentUser;

    UserLanguages(UserLanguageRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** The language the signed-in user chose; empty when nobody is signed in or they follow the browser. */
    @Transactional(readOnly = true)
    public Optional<String> current() {
        return currentUser.get().flatMap(u -> repository.find(u.userId())).flatMap(Languages::supported);
    }

    /**
     * Remembers {@code language} ("en", "tr" or "pl") for the signed-in user, or forgets the choice when null (the
     * browser's language applies again). Nobody signed in: nothing to remember.
     */
    @Transactional
    public void remember(String language) {
        if (language != null && Languages.supported(language).isEmpty()) {
            throw new RefusedValueException("language", Phrase.of("rest.refused.language", language));
        }
        currentUser.get().ifPresent(u -> repository.store(u.userId(), language));
    }
}
