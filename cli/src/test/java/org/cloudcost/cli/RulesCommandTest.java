package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cloudcost.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    @Test
    void listPrintsEveryBuiltInRuleOnItsOwnLine() {
        List<String> ids = RuleRegistry.load().ids();
        CommandRun run = CommandRun.of("rules", "list").assertExit(ExitCodes.OK);

        assertThat(ids).hasSize(11).contains("idle-compute", "stale-storage", "hot-instance");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run::toString).hasSize(ids.size() + 1);
        assertThat(lines.get(0)).as(run::toString).matches("  Rule\\s+Strategy\\s+Flags");
        for (int i = 0; i < ids.size(); i++) {
            assertThat(lines.get(i + 1)).as(run::toString).startsWith("  " + ids.get(i) + " ");
        }
        run.assertOut().containsPattern("(?m)^  idle-compute\\s+cleanup\\s+\\S");
        run.assertErr().isEmpty();
    }

    @Test
    void listMarkdownPrintsTheReadmeTable() {
        List<String> ids = RuleRegistry.load().ids();
        CommandRun run = CommandRun.of("rules", "list", "--markdown").assertExit(ExitCodes.OK);

        run.assertOut().startsWith("| Rule | Strategy |").contains("\n|---|---|---|---|\n");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run::toString).hasSize(ids.size() + 2);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(lines.get(i + 2)).as(run::toString).startsWith("| `" + ids.get(i) + "` | ");
        }
        run.assertOut().contains("`p95CpuPercent` = 5 %");
        run.assertErr().isEmpty();
    }

    @Test
    void describeShowsTheThresholds() {
        CommandRun run = CommandRun.of("rules", "describe", "idle-compute").assertExit(ExitCodes.OK);

        run.assertOut().startsWith("idle-compute (cleanup)\n")
                .contains("p95CpuPercent = 5 %   (allowed 0 to 100)", "Why: ", "Source: ", "Needs: ")
                .contains("rules.idle-compute.thresholds in cloudcost.yaml");
        run.assertErr().isEmpty();
    }

    @Test
    void describeWorksForEveryBuiltInRule() {
        for (String id : RuleRegistry.load().ids()) {
            CommandRun.of("rules", "describe", id).assertExit(ExitCodes.OK).assertOut().startsWith(id + " (");
        }
    }

    @Test
    void describeAnUnknownRuleIsAUsageErrorNamingTheKnownRules() {
        CommandRun run = CommandRun.of("rules", "describe", "nope").assertExit(ExitCodes.USAGE);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: error: unknown rule \"nope\"")
                .contains("known rules: " + String.join(", ", RuleRegistry.load().ids()));
        run.assertOut().isEmpty();
    }

    @Test
    void describeWithoutAnIdIsAUsageError() {
        CommandRun run = CommandRun.of("rules", "describe").assertExit(ExitCodes.USAGE);

        run.assertErr().contains("Missing required parameter", "ID");
        run.assertOut().isEmpty();
    }

    @Test
    void rulesAloneIsAUsageError() {
        CommandRun run = CommandRun.of("rules").assertExit(ExitCodes.USAGE);

        run.assertErr().contains("rules needs a subcommand", "list", "describe", "Usage: cloudcost rules");
        run.assertOut().isEmpty();
    }

    @Test
    void anUnknownSubcommandOrOptionIsAUsageError() {
        CommandRun.of("rules", "frobnicate").assertExit(ExitCodes.USAGE).assertErr().contains("frobnicate");
        CommandRun.of("rules", "list", "--bogus").assertExit(ExitCodes.USAGE).assertErr()
                .contains("Unknown option: '--bogus'");
    }

    @Test
    void theTopLevelHelpNamesTheRulesCommand() {
        CommandRun.of("--help").assertExit(ExitCodes.OK).assertOut().containsPattern("(?m)^\\s+rules\\s+\\S");
        CommandRun.of("rules", "--help").assertExit(ExitCodes.OK).assertOut()
                .contains("Usage: cloudcost rules", "list", "describe");
    }
}
