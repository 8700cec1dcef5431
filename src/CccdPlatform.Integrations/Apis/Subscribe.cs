namespace CccdPlatform.Integrations.Apis;

/// <param name="EventTypes">Catalogue names of public events, e.g. <c>ApplicationReceived</c>.</param>
/// <param name="Delivery"><c>queue</c> or <c>webhook</c>.</param>
/// <param name="WebhookUrl">For <c>webhook</c>: where to POST (https).</param>
public sealed record Subscribe(List<string>? EventTypes, string? Delivery, string? WebhookUrl);
