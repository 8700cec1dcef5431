using System.ComponentModel;
using CccdPlatform.Cli.SignIn;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

public class GatewaySettings : CommandSettings
{
    public const string DefaultGateway = "http://127.0.0.1:8080";

    [CommandOption("--gateway <URL>")]
    [Description("The platform's gateway.")]
    [DefaultValue(DefaultGateway)]
    public string Gateway { get; set; } = DefaultGateway;

    [CommandOption("--credentials <FILE>")]
    [Description("Where cccd login keeps the officer's tokens ($XDG_CONFIG_HOME/cccd/credentials.json, else ~/.config/cccd/credentials.json).")]
    public string? Credentials { get; set; }

    public Uri GatewayUri => new(Gateway);

    public CredentialStore CredentialStore => new(Credentials ?? CredentialStore.DefaultPath);

    public override ValidationResult Validate() => Uri.TryCreate(Gateway, UriKind.Absolute, out _)
        ? ValidationResult.Success()
        : ValidationResult.Error($"--gateway {Gateway} is not an absolute URL.");
}
