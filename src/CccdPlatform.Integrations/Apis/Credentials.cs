namespace CccdPlatform.Integrations.Apis;

/// <summary>Shown once, at creation or rotation: the platform keeps no password and only an encrypted secret.</summary>
/// <param name="WebhookSecret">For a webhook subscription: the key of the <c>X-Cccd-Signature</c> HMAC.</param>
/// <param name="Queue">For a queue subscription: how to read the queue.</param>
public sealed record Credentials(string? WebhookSecret, QueueAccess? Queue);
