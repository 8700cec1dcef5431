namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>The test event: a contract of the tests' own, so that changes to real contracts do not move these tests.</summary>
public sealed record UnitActivityRecorded(Guid Id, string UnitCode, DateTimeOffset RecordedAt);
