namespace CccdPlatform.Biometrics.Model;

public enum DuplicateDecision
{
    DistinctPeople,
    SamePerson,
}
