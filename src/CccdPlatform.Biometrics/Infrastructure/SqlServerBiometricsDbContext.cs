using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Infrastructure;

public sealed class SqlServerBiometricsDbContext(DbContextOptions<SqlServerBiometricsDbContext> options) : BiometricsDbContext(options);
