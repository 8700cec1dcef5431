using CccdPlatform.TestSupport;

namespace CccdPlatform.Biometrics.Tests;

public class TracingTests : IdleServiceTests<BiometricsFactory>;
