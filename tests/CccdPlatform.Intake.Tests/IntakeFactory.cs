using CccdPlatform.Intake.Extensions;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Intake.Tests;

public sealed class IntakeFactory() : ServiceFactory<Program>(IntakeServiceExtensions.DatabaseConnectionName);
