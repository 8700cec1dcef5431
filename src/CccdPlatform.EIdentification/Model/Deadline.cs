namespace CccdPlatform.EIdentification.Model;

/// <summary>A request's deadline: so many working days, ending at the end (Vietnam time) of <see cref="DueDate"/>.</summary>
public sealed record Deadline(int WorkingDays, DateOnly DueDate, DateTimeOffset DueAt);
