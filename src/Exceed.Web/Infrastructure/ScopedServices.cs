namespace Exceed.Web.Infrastructure;

/// <summary>Interactive components live as long as the browser tab: each action gets a fresh scope (and DbContext).</summary>
public static class ScopedServices
{
    public static async Task<TResult> RunAsync<TService, TResult>(this IServiceScopeFactory scopes, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
