package org.rujp.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rujp.bot.config.EffectiveConfig;
import org.rujp.bot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rujp-bot config}: prints the configuration in effect as YAML, every key with its value from the
 * defaults, the config file, the environment and the command line. Secrets (the bot token, the webhook
 * secret, the store's password, the pseudonym key) are only said to be set or not; a URL's password is
 * redacted. The output is itself a valid config file.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Prints the configuration in effect (defaults < config file < environment < command line) as YAML, "
                + "with secrets redacted. The output can be given back as --config.")
public final class ConfigCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = global.settings();
        Path file = global.configFile();
        spec.commandLine().getOut().print(EffectiveConfig.yaml(settings, file, Files.exists(file), System.getenv()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
