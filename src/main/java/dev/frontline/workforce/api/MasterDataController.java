package dev.frontline.workforce.api;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.workforce.masterdata.ContractDraft;
import dev.frontline.workforce.masterdata.ContractService;
import dev.frontline.workforce.masterdata.QueueDraft;
import dev.frontline.workforce.masterdata.QueueService;
import dev.frontline.workforce.masterdata.ShiftTemplateDraft;
import dev.frontline.workforce.masterdata.ShiftTemplateService;
import dev.frontline.workforce.masterdata.SiteDraft;
import dev.frontline.workforce.masterdata.SiteService;
import dev.frontline.workforce.masterdata.SkillRow;
import dev.frontline.workforce.masterdata.Stored;
import dev.frontline.workforce.masterdata.TeamDraft;
import dev.frontline.workforce.masterdata.TeamService;

/**
 * Read access to the centre's master data for scripted planners. Each record carries its id and version, so a
 * client can tell whether what it read is still current.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('PLANNER')")
class MasterDataController {

    private final SiteService sites;
    private final QueueService queues;
    private final TeamService teams;
    private final ContractService contracts;
    private final ShiftTemplateService templates;

    MasterDataController(SiteService sites, QueueService queues, TeamService teams, ContractService contracts,
            ShiftTemplateService templates) {
        this.sites = sites;
        this.queues = queues;
        this.teams = teams;
        this.contracts = contracts;
        this.templates = templates;
    }

    @GetMapping("/sites")
    List<Stored<SiteDraft>> sites() {
        return sites.all();
    }

    @GetMapping("/queues")
    List<Stored<QueueDraft>> queues() {
        return queues.all();
    }

    @GetMapping("/skills")
    List<SkillRow> skills() {
        return queues.skills();
    }

    @GetMapping("/teams")
    List<Stored<TeamDraft>> teams() {
        return teams.all();
    }

    @GetMapping("/contracts")
    List<Stored<ContractDraft>> contracts() {
        return contracts.all();
    }

    @GetMapping("/shift-templates")
    List<Stored<ShiftTemplateDraft>> shiftTemplates() {
        return templates.all();
    }
}
