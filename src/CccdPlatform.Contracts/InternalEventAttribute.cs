namespace CccdPlatform.Contracts;

/// <summary>
/// Marks an event that only the platform's own services receive, because it carries personal data. Integrators can
/// neither subscribe to it nor find it in the public catalogue (docs/events.md); every event without this mark is
/// public and must carry no biometrics and the least personal data that serves.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class InternalEventAttribute : Attribute;
