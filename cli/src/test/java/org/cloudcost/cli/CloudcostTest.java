package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

class CloudcostTest {

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CommandRun run = CommandRun.of("--help").assertExit(0);

        run.assertOut().contains("Usage: cloudcost", "analyze", "formats", "--debug", "--version")
                .contains("Exit codes:")
                .containsPattern("0\\s+ok")
                .containsPattern("1\\s+internal error")
                .containsPattern("2\\s+usage error")
                .containsPattern("3\\s+bad input");
    }

    @Test
    void subcommandHelpListsTheExitCodesToo() {
        CommandRun.of("analyze", "--help").assertExit(0).assertOut()
                .contains("--billing=FILE", "--billing-format=ID", "--usage", "--inventory", "--storage",
                        "--config=FILE", "--out=DIR", "--no-progress", "cloudcost-out")
                .contains("Exit codes:").containsPattern("3\\s+bad input");
        CommandRun.of("help", "formats").assertExit(0).assertOut().contains("Usage: cloudcost formats", "Exit codes:");
    }

    @Test
    void versionPrintsTheProjectVersion() {
        CommandRun run = CommandRun.of("--version").assertExit(0);

        run.assertOut().containsPattern("^cloudcost \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R").contains("Java 1");
        assertThat(VersionProvider.version()).doesNotContain("${").isNotEqualTo("unknown");
        CommandRun.of("analyze", "--version").assertExit(0).assertOut().startsWith("cloudcost " + VersionProvider.version());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("analyze", "--bogus", "--billing", "bill.csv").assertExit(ExitCodes.USAGE);

        run.assertErr().contains("Unknown option: '--bogus'", "Usage: cloudcost analyze");
        run.assertOut().isEmpty();
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CommandRun.of("analyze").assertExit(ExitCodes.USAGE)
                .assertErr().contains("Missing required option", "--billing");
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun.of().assertExit(ExitCodes.USAGE).assertErr().contains("missing command", "Usage: cloudcost");
        CommandRun.of("frobnicate").assertExit(ExitCodes.USAGE).assertErr().contains("frobnicate");
    }

    @Test
    void formatsListsFocus() {
        CommandRun run = CommandRun.of("formats").assertExit(0);

        run.assertOut().containsPattern("(?m)^focus\\s+\\S");
        run.assertErr().isEmpty();
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorOnOneLine() {
        CommandRun run = CommandRun.of(withBoom(), "boom").assertExit(ExitCodes.INTERNAL_ERROR);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: internal error: IllegalStateException: wrapped (caused by RuntimeException: boom)")
                .contains("--debug");
        run.assertErr().doesNotContain("\tat ");
    }

    @Test
    void anErrorSuchAsAMissingClassIsAnInternalErrorOnOneLineToo() {
        CommandRun run = CommandRun.of(withBoom(), "boom", "--error").assertExit(ExitCodes.INTERNAL_ERROR);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: internal error: NoClassDefFoundError: com/example/Missing");
    }

    @Test
    void debugAddsTheStackTrace() {
        CommandRun run = CommandRun.of(withBoom(), "--debug", "boom").assertExit(ExitCodes.INTERNAL_ERROR);

        run.assertErr().startsWith("cloudcost: internal error: IllegalStateException: wrapped")
                .contains("java.lang.RuntimeException: boom", "\tat ", "Caused by:");
    }

    @Test
    void debugIsTakenAfterTheSubcommandToo() {
        CommandRun.of(withBoom(), "boom", "--debug").assertExit(ExitCodes.INTERNAL_ERROR)
                .assertErr().contains("\tat ");
    }

    @Test
    void progressIsDrawnOnlyForAPersonAtATerminal() {
        java.util.Map<String, String> noCi = java.util.Map.of();
        assertThat(TerminalProgress.wanted(false, true, noCi)).isTrue();
        assertThat(TerminalProgress.wanted(true, true, noCi)).isFalse();
        assertThat(TerminalProgress.wanted(false, false, noCi)).isFalse();
        assertThat(TerminalProgress.wanted(false, true, java.util.Map.of("CI", "true"))).isFalse();
        assertThat(TerminalProgress.wanted(false, true, java.util.Map.of("CI", "false"))).isTrue();
        try (TerminalProgress quiet = TerminalProgress.onStderr(true)) {
            assertThat(quiet.enabled()).isFalse();
            quiet.start("bill.csv", 100);
            quiet.advance(100);
            quiet.finish("bill.csv");
        }
    }

    private static CommandLine withBoom() {
        CommandLine commandLine = Cloudcost.commandLine();
        commandLine.addSubcommand(new CommandLine(new Boom()));
        return commandLine;
    }

    /** A command with a bug. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @CommandLine.Option(names = "--error")
        boolean error;

        @Override
        public Integer call() {
            if (error) {
                throw new NoClassDefFoundError("com/example/Missing");
            }
            throw new IllegalStateException("wrapped", new RuntimeException("boom"));
        }
    }
}
