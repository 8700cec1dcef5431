using System.Text.Json;

namespace CccdPlatform.Integrations.Model;

/// <summary>
/// The body of a webhook: the event as in the catalogue (camelCase) in <c>data</c>, with its catalogue name and version,
/// its id (the same for every subscriber and every redelivery) and when the platform published it.
/// </summary>
public sealed record WebhookPayload(Guid Id, string Type, int Version, DateTimeOffset OccurredAt, object Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
