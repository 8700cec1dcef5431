using CccdPlatform.TestSupport;

namespace CccdPlatform.EIdentification.Tests;

public class TracingTests : IdleServiceTests<EIdFactory>;
