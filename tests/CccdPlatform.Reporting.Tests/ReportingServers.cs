using CccdPlatform.Reporting.Extensions;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Reporting.Tests;

/// <summary>
/// A database and a virtual host for reporting, without a running service: tests start and stop <see cref="ReportingHost"/>s
/// on them, as a deployment restarts the service.
/// </summary>
public sealed class ReportingServers : IAsyncLifetime
{
    public TestTokens Tokens { get; } = new();
    public string DatabaseConnectionString { get; } = TestServers.NewDatabase(ReportingServiceExtensions.DatabaseConnectionName);
    public string MessagingConnectionString { get; private set; } = "";

    public async Task InitializeAsync() =>
        MessagingConnectionString = await TestServers.NewVirtualHostAsync(ReportingServiceExtensions.DatabaseConnectionName);

    public async Task DisposeAsync()
    {
        await TestServers.DropDatabaseAsync(DatabaseConnectionString);
        await TestServers.DeleteVirtualHostAsync(MessagingConnectionString);
    }
}
