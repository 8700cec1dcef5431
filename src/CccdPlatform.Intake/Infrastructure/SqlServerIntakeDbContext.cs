using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Infrastructure;

public sealed class SqlServerIntakeDbContext(DbContextOptions<SqlServerIntakeDbContext> options) : IntakeDbContext(options);
