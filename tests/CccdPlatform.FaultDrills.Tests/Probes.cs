using System.Net.Http.Headers;
using System.Text;
using Npgsql;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>Whether a server or service answers yet.</summary>
public static class Probes
{
    public const string PostgresPassword = "postgres";

    public static string PostgresConnectionString(int port, string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Password={PostgresPassword};Database={database}";

    public static async Task<bool> PostgresAnswersAsync(int port)
    {
        try
        {
            await using var connection = new NpgsqlConnection(PostgresConnectionString(port, "postgres") + ";Timeout=3;Pooling=false");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync() is 1;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    public static async Task<bool> RabbitMqAnswersAsync(int managementPort)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("guest:guest")));
        return await AnswersAsync(http, $"http://127.0.0.1:{managementPort}/api/overview");
    }

    public static async Task<bool> HealthyAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        return await AnswersAsync(http, $"http://127.0.0.1:{port}/health");
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string url)
    {
        try
        {
            return (await http.GetAsync(url)).IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
