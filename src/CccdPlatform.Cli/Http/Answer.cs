using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CccdPlatform.Cli.Api;

namespace CccdPlatform.Cli.Http;

/// <summary>The last answer to a request after its retries; status 0 when the last attempt got no answer at all.</summary>
public readonly record struct Answer(int Status, byte[] Body, int Attempts, string? NetworkError = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public T? Read<T>(JsonTypeInfo<T> type) where T : class => Body.Length == 0 ? null : JsonSerializer.Deserialize(Body, type);

    /// <summary>The problem document of an error answer, or null when the body is not one.</summary>
    public Problem? Problem()
    {
        try
        {
            return Read(CliJson.Default.Problem);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string Describe() => Status == 0
        ? $"no answer after {Attempts} attempt(s): {NetworkError}"
        : Problem() is { } problem ? $"{Status} {problem.Title} {problem.Detail}".TrimEnd() : $"{Status}";
}
