namespace CccdPlatform.Intake.Model;

/// <summary>
/// An application to receive and how a second sending of the same work is recognised: the caller's Idempotency-Key
/// with a hash of the request, a batch item (machine, client item id), or nothing.
/// </summary>
public sealed record Submission(CitizenApplication Application, ResendKey? Key);
