namespace CccdPlatform.TestSupport.Access;

/// <summary>Whether a request's target lies inside the caller's unit (or is their own) or outside it.</summary>
public enum Side
{
    Inside,
    Outside,
}
