using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Infrastructure;

public sealed class SqlServerReportingDbContext(DbContextOptions<SqlServerReportingDbContext> options) : ReportingDbContext(options);
