using CccdPlatform.TestSupport;

namespace CccdPlatform.Reporting.Tests;

public class TracingTests : IdleServiceTests<ReportingFactory>;
