namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>A text the Development sink pretended to send.</summary>
public sealed record SentMessage(string PhoneNumber, Guid AccountId, string Text, DateTimeOffset SentAt);
