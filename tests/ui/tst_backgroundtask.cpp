#include "backgroundtask.h"
#include "error.h"
#include "progress.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace Atelier;

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void reportsProgressOnTheUiThread();
    void cancelStopsTheWork();
    void forwardsTheErrorMessage();
    void destructionWaitsForTheWork();
};

void TestBackgroundTask::reportsProgressOnTheUiThread()
{
    QThread *workThread = nullptr;
    BackgroundTask task(QStringLiteral("count"), [&workThread](ProgressObserver &observer) {
        workThread = QThread::currentThread();
        observer.phase(QStringLiteral("Counting"), 3);
        for (int i = 1; i <= 3; ++i)
            observer.progress(i, 3);
    });
    QSignalSpy phases(&task, &BackgroundTask::phaseChanged);
    QSignalSpy progress(&task, &BackgroundTask::progressChanged);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QSignalSpy ended(&task, &BackgroundTask::ended);
    connect(&task, &BackgroundTask::progressChanged, this,
            [] { QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread()); });

    task.start();
    QVERIFY(task.isRunning());
    QVERIFY(ended.wait(10000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!task.isRunning());
    QVERIFY(workThread && workThread != QThread::currentThread());
    QCOMPARE(phases.count(), 1);
    QCOMPARE(phases.constFirst().at(0).toString(), QStringLiteral("Counting"));
    QCOMPARE(task.phase(), QStringLiteral("Counting"));
    // The last report always arrives, whatever the throttling: done == total.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), 3);
    QVERIFY(task.errorMessage().isEmpty());
}

void TestBackgroundTask::cancelStopsTheWork()
{
    std::atomic<bool> started{false};
    std::atomic<bool> sawCancel{false};
    BackgroundTask task(QStringLiteral("endless"), [&](ProgressObserver &observer) {
        started = true;
        while (!observer.isCanceled())
            QThread::msleep(1);
        sawCancel = true;
    });
    QSignalSpy cancelRequested(&task, &BackgroundTask::cancelRequested);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    task.start();
    QTRY_VERIFY(started.load());
    task.cancel();
    QVERIFY(task.isCancelRequested());
    QCOMPARE(cancelRequested.count(), 1);
    QVERIFY(finished.wait(10000));
    QVERIFY(sawCancel.load());
}

void TestBackgroundTask::forwardsTheErrorMessage()
{
    BackgroundTask task(QStringLiteral("failing"), [](ProgressObserver &) {
        throw Error::badInput(QStringLiteral("The folder is gone"));
    });
    QSignalSpy failed(&task, &BackgroundTask::failed);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    task.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().at(0).toString(), QStringLiteral("The folder is gone"));
    QCOMPARE(task.errorMessage(), QStringLiteral("The folder is gone"));
    QCOMPARE(finished.count(), 0);
}

void TestBackgroundTask::destructionWaitsForTheWork()
{
    std::atomic<bool> started{false};
    std::atomic<bool> returned{false};
    {
        BackgroundTask task(QStringLiteral("slow"), [&](ProgressObserver &observer) {
            started = true;
            while (!observer.isCanceled())
                QThread::msleep(1);
            returned = true;
        });
        task.start();
        QTRY_VERIFY(started.load());
    }
    QVERIFY(returned.load());
}

QTEST_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
