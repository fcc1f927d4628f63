package dev.frontline.quality.speed.api;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.quality.speed.SpeedQualityService;

/** The signed-in agent's own speed and quality against their team's range; nothing of any other agent. */
@RestController
@RequestMapping("/api/v1/me/kpis")
@PreAuthorize("hasRole('AGENT')")
@Tag(name = "My figures", description = "The signed-in agent's AHT, QA, FCR, CSAT and CES against their team's range")
class MyKpiController {

    private final SpeedQualityService service;

    MyKpiController(SpeedQualityService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "My weighted figures over the period and month by month, against my team's median and band "
            + "(25th–75th percentile); without from and to: the month of the last recorded day and the two before")
    KpiJson.Mine mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return KpiJson.mine(service.mine(KpiController.periodOf(service, from, to)));
    }
}
