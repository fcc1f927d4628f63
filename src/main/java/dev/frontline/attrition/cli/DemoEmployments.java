package dev.frontline.attrition.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.frontline.attrition.WorkLocation;
import dev.frontline.attrition.engine.Dimension;
import dev.frontline.attrition.engine.Employment;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.demo.DemoCentre;

/** The demo centre's agents as attrition sees them, straight from the generator, with no database in between. */
final class DemoEmployments {

    private DemoEmployments() {
    }

    static List<Employment> of(DemoCentre centre) {
        Map<String, String> siteNames = centre.sites().stream()
                .collect(Collectors.toMap(DemoCentre.SiteSpec::code, DemoCentre.SiteSpec::name));
        Map<String, Integer> officeDays = centre.contracts().stream()
                .collect(Collectors.toMap(DemoCentre.ContractSpec::code, DemoCentre.ContractSpec::minOfficeDaysPerWeek));
        Map<String, String> teamNames = centre.teams().stream()
                .collect(Collectors.toMap(DemoCentre.TeamSpec::code, DemoCentre.TeamSpec::name));
        return centre.agents().stream().map(a -> new Employment(a.employeeNumber(), a.hireDate(), a.exitDate(),
                a.exitKind() == ExitKind.VOLUNTARY, a.exitReason(), Map.of(
                        Dimension.SITE, siteNames.get(a.homeSiteCode()),
                        Dimension.WORK_LOCATION, WorkLocation.of(a.officeEligible(), officeDays.get(a.contractCode())).name(),
                        Dimension.TEAM, teamNames.get(a.teamCode()),
                        Dimension.CONTRACT, a.contractCode()))).toList();
    }
}
