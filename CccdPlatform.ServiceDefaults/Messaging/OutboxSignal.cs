namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>Wakes the outbox dispatcher as soon as outbox rows are committed, so events do not wait for the next poll.</summary>
public sealed class OutboxSignal : WakeSignal;
