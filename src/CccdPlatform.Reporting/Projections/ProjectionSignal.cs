using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Reporting.Projections;

/// <summary>Wakes the projector when events may be waiting; it also polls, for events stored by other instances.</summary>
public sealed class ProjectionSignal : WakeSignal;
