package dev.frontline.app.api;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import dev.frontline.app.UserLanguages;
import dev.frontline.shared.text.Languages;
import dev.frontline.shared.text.Messages;

/**
 * The signed-in user's language, the same choice as the switch in the app's top bar: remembered per user, for every
 * role. {@code null} means "follow the browser" (its Accept-Language).
 */
@RestController
@RequestMapping("/api/v1/me/language")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Language", description = "The signed-in user's UI language (en, tr, pl)")
class LanguageController {

    private final UserLanguages languages;

    LanguageController(UserLanguages languages) {
        this.languages = languages;
    }

    @Schema(description = "A language choice")
    record LanguageChoice(
            @Schema(description = "en, tr or pl; null to follow the browser's language", nullable = true,
                    allowableValues = {"en", "tr", "pl"}) String language) {
    }

    @Schema(description = "The user's language")
    record LanguageJson(
            @Schema(description = "the language the user chose; null when they follow the browser", nullable = true)
            String chosen,
            @Schema(description = "the language the UI speaks to this user now: the choice, else the browser's")
            String effective,
            @Schema(description = "the languages Frontline speaks") List<String> supported) {
    }

    @GetMapping
    @Operation(summary = "The signed-in user's language",
            description = "What they chose (null: follow the browser) and what the UI speaks to them with this request's"
                    + " Accept-Language.")
    LanguageJson get(HttpServletRequest request) {
        return json(languages.current().orElse(null), request);
    }

    @PutMapping
    @Operation(summary = "Choose the signed-in user's language",
            description = "Remembered for every later session and device; null forgets the choice (the browser's"
                    + " language applies again).")
    @ApiResponse(responseCode = "200", description = "the language as now remembered")
    @ApiResponse(responseCode = "400", description = "not a language Frontline speaks (problem detail)")
    LanguageJson put(@RequestBody LanguageChoice choice, HttpServletRequest request) {
        String language = choice == null || choice.language() == null || choice.language().isBlank() ? null
                : choice.language().strip().toLowerCase(Locale.ROOT);
        languages.remember(language);
        return json(languages.current().orElse(null), request);
    }

    private static LanguageJson json(String chosen, HttpServletRequest request) {
        List<Locale> browser = request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
        Locale effective = chosen != null ? Languages.locale(chosen, browser) : Languages.fromBrowser(browser);
        return new LanguageJson(chosen, effective.getLanguage(), Messages.LANGUAGES.stream().map(Locale::getLanguage).toList());
    }
}
