namespace CccdPlatform.Reporting.Apis;

public sealed record TargetView(string UnitCode, long Eligible, string SetBy, DateTimeOffset SetAt);
