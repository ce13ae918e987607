// measure REPORT PROGRAM [ARGS...]: runs PROGRAM and writes
// "<milliseconds> <peak resident KiB> <exit code>" to REPORT.
//
// A small process of its own, because the peak resident size the kernel
// reports for a child counts the memory the child had before exec: spawned
// from a benchmark holding a 20 MB payload, every peer would be charged
// for it. Forked from this one, the program starts from a few hundred KiB.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fputs("usage: measure REPORT PROGRAM [ARGS...]\n", stderr);
        return 2;
    }
    timespec start {}, end {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 2;
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double ms = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    FILE *report = std::fopen(argv[1], "w");
    if (!report)
        return 2;
    std::fprintf(report, "%.3f %ld %d\n", ms, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return std::fclose(report) == 0 ? 0 : 2;
}
