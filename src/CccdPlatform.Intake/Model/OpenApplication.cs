namespace CccdPlatform.Intake.Model;

/// <summary>
/// The citizen's one open application. Its key is the ID number, so the database itself refuses a second open
/// application for the same citizen, even from two requests at the same instant.
/// </summary>
public sealed class OpenApplication
{
    public required string PersonalId { get; init; }
    public Guid ApplicationId { get; init; }
}
