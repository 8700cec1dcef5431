using CccdPlatform.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("cccd");
    config.AddCommand<LoginCommand>("login").WithDescription("Sign in as an officer (device flow): allow this command line in a browser; the other commands then act as you.")
        .WithExample("login", "--gateway", "https://cccd.example.vn");
    config.AddCommand<LogoutCommand>("logout").WithDescription("Sign out: revoke the refresh token and delete the kept tokens.");
    config.AddCommand<TokenCommand>("token").WithDescription("Print the token the other commands send: the signed-in officer's, or a development token (Development only).")
        .WithExample("token", "--role", "MobileOfficer", "--unit", "14797", "--subject", "team-14797-01");
    config.AddCommand<SubmitCommand>("submit").WithDescription("Submit one application: a JSON file, or a synthetic citizen with the fields given.")
        .WithExample("submit", "application.json").WithExample("submit", "--collecting-unit", "14797", "--eid-level", "2");
    config.AddCommand<BatchCommand>("batch").WithDescription("Sync a mobile machine's offline batch and print each item's outcome.")
        .WithExample("batch", "batch.json");
    config.AddCommand<RosterCommand>("roster").WithDescription("Import a commune's roster of eligible citizens (CSV).")
        .WithExample("roster", "roster.csv", "--commune", "14797");
    config.AddCommand<GenerateCommand>("generate").WithDescription("Write a synthetic application, batch or roster for the commands above.")
        .WithExample("generate", "batch", "--count", "25", "--out", "batch.json");
    config.AddCommand<SimulateCommand>("simulate").WithDescription("Simulate a campaign: many stations and mobile teams at once, with a summary of throughput, latency and errors.")
        .WithExample("simulate", "--stations", "40", "--mobile-teams", "20", "--duration", "60s", "--biometrics", "0.2", "--eid", "0.3");
    config.AddCommand<DeviceCommand>("device").WithDescription("Run the simulated biometric devices (fingers, face, irises) behind the local device interface, for development and tests.")
        .WithExample("device", "--port", "4501", "--allow-origin", "http://127.0.0.1:8080", "--poor-finger", "2");
    config.PropagateExceptions();
});

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return await app.RunAsync(args, cancellation.Token);
}
catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IOException or HttpRequestException
    or CommandAppException)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}

// Internal, so that the ASP.NET Core framework (for cccd device) does not make it public beside the services' Programs
// that the tests host.
internal partial class Program;
