package dev.frontline.training.api;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.training.MyTraining;
import dev.frontline.training.TrainingService;

/** An agent's own training. */
@RestController
@RequestMapping("/api/v1/me")
@PreAuthorize("hasRole('AGENT')")
@Tag(name = "My training", description = "The signed-in agent's paths, next courses and completions")
class MyTrainingController {

    private final TrainingService training;

    MyTrainingController(TrainingService training) {
        this.training = training;
    }

    @GetMapping("/training")
    @Operation(summary = "My paths with progress, what is next with due dates, and what I completed (with expiry)")
    MyTraining mine() {
        return training.mine();
    }
}
