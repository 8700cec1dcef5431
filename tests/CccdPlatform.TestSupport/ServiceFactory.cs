using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace CccdPlatform.TestSupport;

/// <summary>
/// Hosts one service in memory against the real test servers, with its own database and virtual host.
/// </summary>
public class ServiceFactory<TProgram>(string databaseConnectionName) : GracefulWebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    public TestTokens Tokens { get; } = new();
    public string DatabaseConnectionString { get; } = TestServers.NewDatabase(databaseConnectionName);
    public string MessagingConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        MessagingConnectionString = await TestServers.NewVirtualHostAsync(databaseConnectionName);
        StartServer(); // now: migrations run and the bus connects before the first test (TestServer or Kestrel alike)
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", MessagingConnectionString);
        builder.UseSetting("Authentication:SigningKey", Tokens.Options.SigningKey);
        builder.UseSetting("Authentication:Issuer", Tokens.Options.Issuer);
        builder.UseSetting("Authentication:Audience", Tokens.Options.Audience);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestServers.DropDatabaseAsync(DatabaseConnectionString);
        await TestServers.DeleteVirtualHostAsync(MessagingConnectionString);
    }
}
