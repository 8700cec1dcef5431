using CccdPlatform.Reporting.Extensions;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Reporting.Tests;

public sealed class ReportingFactory() : ServiceFactory<Program>(ReportingServiceExtensions.DatabaseConnectionName);
