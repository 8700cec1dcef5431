namespace CccdPlatform.Cli.Api;

// The names the platform's APIs accept; kept together because each is only a list of words.
public enum Sex
{
    Male,
    Female,
}

public enum Channel
{
    Station,
    Mobile,
}

public enum VisitType
{
    Station,
    Home,
    Hospital,
    WorkplaceOrSchool,
    Other,
}

public enum RequestKind
{
    FirstIssue,
    Renewal,
    Replacement,
    Correction,
}

public enum Relationship
{
    Father,
    Mother,
    Guardian,
}

public enum FingerException
{
    Amputated,
    Bandaged,
    Unreadable,
}

public enum Eye
{
    Left,
    Right,
}
