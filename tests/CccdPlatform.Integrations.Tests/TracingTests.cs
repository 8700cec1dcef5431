using CccdPlatform.TestSupport;

namespace CccdPlatform.Integrations.Tests;

public class TracingTests : IdleServiceTests<IntegrationsFactory>;
