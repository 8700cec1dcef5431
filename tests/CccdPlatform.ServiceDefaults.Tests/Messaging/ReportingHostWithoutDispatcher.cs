namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

public sealed class ReportingHostWithoutDispatcher : ReportingHost
{
    protected override bool RunsOutboxDispatcher => false;
}
