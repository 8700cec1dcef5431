using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace CccdPlatform.TestSupport;

/// <summary>
/// The real PostgreSQL and RabbitMQ servers that <c>./test.sh</c> starts (scripts/test-servers.sh). Each test fixture
/// gets its own database and its own RabbitMQ virtual host, so runs and fixtures never see each other's data.
/// </summary>
public static class TestServers
{
    public static string Postgres { get; } = Setting("CCCD_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
    public static string RabbitMq { get; } = Setting("CCCD_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
    public static string RabbitMqManagement { get; } = Setting("CCCD_TEST_RABBITMQ_MANAGEMENT", "http://guest:guest@127.0.0.1:55673");

    public static string UniqueName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A connection string to a database that does not exist yet (migrations create it).</summary>
    public static string NewDatabase(string prefix) =>
        new NpgsqlConnectionStringBuilder(Postgres) { Database = UniqueName(prefix) }.ConnectionString;

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Creates a virtual host that only this fixture uses and returns its AMQP connection string.</summary>
    public static async Task<string> NewVirtualHostAsync(string prefix)
    {
        var name = UniqueName(prefix);
        using var management = ManagementClient();
        await Ensure(management.PutAsync($"api/vhosts/{name}", null), "create a RabbitMQ virtual host");
        await Ensure(management.PutAsJsonAsync($"api/permissions/{name}/{RabbitUser}",
            new { configure = ".*", write = ".*", read = ".*" }), "grant the test user the virtual host");
        return $"{RabbitMq.TrimEnd('/')}/{name}";
    }

    public static async Task DeleteVirtualHostAsync(string amqpConnectionString)
    {
        var name = new Uri(amqpConnectionString).AbsolutePath.Trim('/');
        using var management = ManagementClient();
        await management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
    }

    private static string RabbitUser => new Uri(RabbitMqManagement).UserInfo.Split(':')[0];

    private static HttpClient ManagementClient()
    {
        var uri = new Uri(RabbitMqManagement);
        var client = new HttpClient { BaseAddress = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(uri.UserInfo))));
        return client;
    }

    private static async Task Ensure(Task<HttpResponseMessage> call, string what)
    {
        HttpResponseMessage response;
        try
        {
            response = await call;
        }
        catch (HttpRequestException exception)
        {
            throw new InvalidOperationException(
                $"Could not {what}: RabbitMQ's management API at {RabbitMqManagement} does not answer. " +
                "Run the tests with ./test.sh, or start the servers with scripts/test-servers.sh start.", exception);
        }

        response.EnsureSuccessStatusCode();
    }

    private static string Setting(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
