using CccdPlatform.TestSupport;

namespace CccdPlatform.Identity.Tests;

/// <summary>One identity service per test, on a database and virtual host of its own, called with development tokens.</summary>
public abstract class IdentityApiTests : IAsyncLifetime
{
    protected IdentityHost Host { get; private set; } = null!;
    protected string Database { get; private set; } = "";
    protected string Messaging { get; private set; } = "";

    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public virtual async Task InitializeAsync()
    {
        Database = TestServers.NewDatabase("identity");
        Messaging = await TestServers.NewVirtualHostAsync("identity");
        Host = IdentityHost.Start(Database, Messaging, IdentityHost.FreePort(), settings: Settings);
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await TestServers.DropDatabaseAsync(Database);
        await TestServers.DeleteVirtualHostAsync(Messaging);
    }

    /// <summary>A client whose development token names the role and unit.</summary>
    protected HttpClient Client(string role, string unit)
    {
        var client = new HttpClient { BaseAddress = Host.Address };
        client.DefaultRequestHeaders.Authorization = Host.Tokens.Bearer(role, unit);
        return client;
    }
}
