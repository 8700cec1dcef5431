using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Infrastructure;

public sealed class PostgreSqlIntakeDbContext(DbContextOptions<PostgreSqlIntakeDbContext> options) : IntakeDbContext(options);
