package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/** The README's rule table is exactly what {@code cloudcost rules list --markdown} prints, so it cannot drift. */
class ReadmeRuleTableTest {
    @Test
    void theReadmeRuleTableIsTheRegistrysTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md").toAbsolutePath().normalize(), StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("rules", "list", "--markdown").assertExit(0);

        assertThat(readme).as("README.md must contain the output of `cloudcost rules list --markdown`; paste it over the old table")
                .contains(run.out());
        for (Rule rule : RuleRegistry.load().rules()) {
            assertThat(run.out()).contains("| `" + rule.id() + "` | " + rule.strategy().id() + " |");
        }
    }
}
