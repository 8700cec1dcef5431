using System.Net;
using System.Text.Json;
using Xunit;

namespace CccdPlatform.TestSupport.Fuzzing;

/// <summary>What every answer to a malformed request must be: a 4xx RFC 7807 document, per field for a 400.</summary>
public static class ProblemAnswers
{
    private static readonly HashSet<HttpStatusCode> Refusals =
    [
        HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge,
        HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity,
    ];

    /// <summary>Sends the request and asserts the answer is a refusal; returns the problem document.</summary>
    public static async Task<JsonElement> SendRefusedAsync(this HttpClient client, MalformedRequest request)
    {
        using var message = request.ToMessage();
        using var response = await client.SendAsync(message);
        return await response.AssertRefusalAsync();
    }

    public static async Task<JsonElement> AssertRefusalAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(Refusals.Contains(response.StatusCode), $"Expected a 4xx refusal, got {status}: {Shorten(body)}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{status} came as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {Shorten(body)}");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.True(problem.TryGetProperty("status", out var statusField) && statusField.GetInt32() == status,
            $"The document's status is not {status}: {Shorten(body)}");
        if (status == StatusCodes400)
        {
            Assert.True(problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object,
                $"A 400 without errors per field: {Shorten(body)}");
            Assert.True(errors.EnumerateObject().Any(field => field.Name.Length > 0 && field.Value.ValueKind == JsonValueKind.Array
                    && field.Value.EnumerateArray().Any(m => !string.IsNullOrWhiteSpace(m.GetString()))),
                $"A 400 whose errors name no field: {Shorten(body)}");
        }

        return problem;
    }

    private const int StatusCodes400 = 400;

    private static string Shorten(string body) => body.Length > 1000 ? body[..1000] + "..." : body;
}
