package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The argument checks of {@code cloudcost pull}; {@code PullAliyunCommandTest} pulls from a stub of the APIs. */
class PullCommandTest {
    @Test
    void pullWithoutACloudIsAUsageError() {
        CommandRun run = CommandRun.of("pull").assertExit(ExitCodes.USAGE);
        run.assertErr().startsWith("cloudcost: pull needs a cloud: aliyun");
    }

    @Test
    void aMonthThatIsNotYyyyMmIsAUsageErrorNamingTheOption() {
        CommandRun run = CommandRun.of("pull", "aliyun", "--month", "Oct-2026").assertExit(ExitCodes.USAGE);
        run.assertErr().startsWith("--month expects YYYY-MM (e.g. 2026-10), found \"Oct-2026\"");
    }

    @Test
    void theMonthIsRequiredAndAnEndpointMustBeAUrl() {
        CommandRun.of("pull", "aliyun").assertExit(ExitCodes.USAGE).assertErr().contains("--month");
        CommandRun run = CommandRun.of("pull", "aliyun", "--month", "2026-10", "--endpoint", "localhost:8089")
                .assertExit(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("cloudcost: error: Endpoint override localhost:8089 must look like http://host:port or https://host");
    }
}
