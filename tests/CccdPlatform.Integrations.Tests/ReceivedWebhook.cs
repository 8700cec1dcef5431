namespace CccdPlatform.Integrations.Tests;

/// <param name="Answered">True when the receiver answered 200, false when it played offline (503).</param>
public sealed record ReceivedWebhook(
    string Name, string Event, string DeliveryId, string Timestamp, string Signature, string Body, string? ContentType,
    bool SignatureValid, bool Answered);
