package dev.frontline.training.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.training.TrainerService;
import dev.frontline.training.TrainingService;

/** HR's training catalogue: the courses, the paths and the named trainers' availability, each with its editor. */
@Route("training")
@RolesAllowed({Roles.HR, Roles.PLANNER})
@Menu(title = "training.nav.catalogue", order = 5, icon = "vaadin:academy-cap")
public class TrainingCatalogueView extends VerticalLayout implements HasDynamicTitle {

    final CoursesPanel courses;
    final PathsPanel paths;
    final TrainersPanel trainers;

    public TrainingCatalogueView(TrainingService training, TrainerService trainerService) {
        setId("training-catalogue");
        paths = new PathsPanel(training);
        trainers = new TrainersPanel(trainerService);
        courses = new CoursesPanel(training, () -> {
            paths.refresh();
            trainers.refresh();
        });
        add(new H2(getTranslation("training.catalogue.title")),
                new Paragraph(getTranslation("training.catalogue.intro")),
                new RouterLink(getTranslation("training.link.enrolments"), EnrolmentsView.class), courses, paths, trainers);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.catalogue.title") + " | " + getTranslation("app.name");
    }
}
