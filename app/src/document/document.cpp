#include "document/document.h"

#include "document/embedded_data.h"
#include "document/model_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <filesystem>
#include <utility>

namespace dealgraph::app {

namespace {
// The name errors of the embedded dataset are reported under.
const char* const kEmbeddedName = "ai-deals.json (embedded)";
} // namespace

Document::Document(QObject* parent) : QObject(parent), view_(wholeModel(model_)) {
    qRegisterMetaType<dealgraph::app::Selection>();
    reloadTimer_.setSingleShot(true);
    reloadTimer_.setInterval(kReloadDelayMs);
    connect(&reloadTimer_, &QTimer::timeout, this, &Document::checkFileOnDisk);
    connect(&watcher_, &QFileSystemWatcher::fileChanged, this, &Document::onFileChanged);
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, &Document::onDirectoryChanged);
    setUpPositions();
    recoveryTimer_.setSingleShot(true);
    recoveryTimer_.setInterval(kRecoveryDelayMs);
    connect(&recoveryTimer_, &QTimer::timeout, this, [this] { writeRecovery(); });
}

QString Document::displayName() const {
    if (!filePath_.isEmpty())
        return QFileInfo(filePath_).fileName();
    if (!model_.title().empty())
        return titleOf(model_); // in the interface's language when the model translates it
    return tr("AI deals");
}

bool Document::loadEmbedded() {
    endOpening(false);
    const QByteArray bytes = embeddedDataset();
    if (bytes.isEmpty()) {
        emit loadFailed(QString(), {tr("%1: the embedded dataset is missing from this build")
                                        .arg(QLatin1String(kEmbeddedName))});
        return false;
    }
    LoadResult result = loadModelFromString(std::string_view(bytes.constData(), bytes.size()));
    if (!result.ok()) {
        emit loadFailed(QString(), formatErrors(result, QLatin1String(kEmbeddedName)));
        return false;
    }
    loadingEmbedded_ = true; // its positions live in the app's data directory
    install(std::move(*result.model), QString(), false);
    loadingEmbedded_ = false;
    originalText_ = diskText_ = bytes.toStdString();
    return true;
}

bool Document::loadFile(const QString& path) {
    endOpening(false);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    std::string text;
    LoadResult result =
        loadModelFromFile(std::filesystem::path(QFile::encodeName(absolute).toStdString()), &text);
    if (!result.ok()) {
        emit loadFailed(absolute, formatErrors(result, info.fileName()));
        return false;
    }
    install(std::move(*result.model), absolute, false);
    diskText_ = text;
    originalText_ = std::move(text);
    return true;
}

bool Document::reload() {
    if (filePath_.isEmpty())
        return loadEmbedded();
    const QString path = filePath_;
    std::string text;
    LoadResult result =
        loadModelFromFile(std::filesystem::path(QFile::encodeName(path).toStdString()), &text);
    diskText_ = text; // even when it fails to load: the next check acts only on a new change
    if (!result.ok()) {
        emit loadFailed(path, formatErrors(result, QFileInfo(path).fileName()));
        return false;
    }
    install(std::move(*result.model), path, true);
    originalText_ = std::move(text);
    emit reloaded(path);
    return true;
}

void Document::setModel(Model model, const QString& path) {
    endOpening(false);
    install(std::move(model), path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath(),
            false);
    originalText_.clear(); // no text to keep: saved in the documented layout
    diskText_.clear();
}

QStringList Document::formatErrors(const LoadResult& result, const QString& fileName) const {
    QStringList lines;
    const std::string name = fileName.toStdString();
    for (const Diagnostic& error : result.errors)
        lines << QString::fromStdString(error.format(name));
    if (lines.isEmpty()) // the loader always explains itself; this only guards an empty list
        lines << tr("%1: the model could not be loaded").arg(fileName);
    return lines;
}

void Document::install(Model model, const QString& path, bool keepSelection) {
    flushRecovery(); // the unsaved changes of the model being replaced, under its own name
    saidDiskText_.clear();
    embedded_ = loadingEmbedded_;
    const Selection previous = selection_;
    model_ = std::move(model);
    filePath_ = path;

    // A focus on an entity the new model lacks would leave an empty picture.
    bool filterChanged = false;
    if (filter_.focus && !model_.entity(filter_.focus->entity)) {
        filter_.focus.reset();
        filterChanged = true;
    }
    view_ = applyFilter(model_, filter_);
    if (!keepSelection)
        collapsed_.clear();
    refold(); // drops the names that are no longer groups

    if (keepSelection) {
        keepValidSelection(previous);
    } else {
        back_.clear();
        forward_.clear();
        selection_ = Selection::none();
    }
    startWatching(filePath_);
    const bool hadHighlight = !highlight_.isEmpty();
    highlight_ = {}; // its indexes belong to the old model
    openPositionsFor(path);
    // Edit steps replace runs of the model they were made on; on another model (a reload
    // brings what is on disk) they would cut it at the wrong places.
    if (hasModelEditSteps())
        undoStack_->clear();
    const bool wasModified = isModified();
    modelState_ = savedState_ = ++lastState_;

    emit modelReset();
    if (filterChanged)
        emit viewChanged();
    if (hadHighlight)
        emit highlightChanged();
    recompare();
    if (!previous.isNone() || !selection_.isNone())
        emit selectionChanged(selection_);
    emit historyChanged();
    if (wasModified)
        emit modifiedChanged(false);
}

void Document::keepValidSelection(const Selection& previous) {
    auto stale = [this](const Selection& s) { return !isValid(s); };
    selection_ = isValid(previous) ? previous : Selection::none();
    // Drop steps to what no longer exists, and the repeats that dropping leaves behind.
    for (auto* steps : {&back_, &forward_}) {
        steps->erase(std::remove_if(steps->begin(), steps->end(), stale), steps->end());
        steps->erase(std::unique(steps->begin(), steps->end()), steps->end());
    }
    while (!back_.empty() && back_.back() == selection_)
        back_.pop_back();
    while (!forward_.empty() && forward_.back() == selection_)
        forward_.pop_back();
}

void Document::setFilter(const Filter& filter) {
    filter_ = filter;
    view_ = applyFilter(model_, filter_);
    emit viewChanged();
    recompare();
}

void Document::setAsOf(const std::optional<Date>& date) {
    if (filter_.asOf == date)
        return;
    Filter filter = filter_;
    filter.asOf = date;
    setFilter(filter);
}

void Document::setCompareFrom(const std::optional<Date>& from) {
    if (from == compareFrom_)
        return;
    compareFrom_ = from;
    recompare();
    emit comparisonChanged(); // the date itself changed even when the list did not
}

void Document::recompare() {
    std::vector<DealChange> changes;
    if (compareFrom_)
        changes = compareDates(model_, filter_, *compareFrom_, filter_.asOf);
    const bool same = changes.size() == changes_.size() &&
                      std::equal(changes.begin(), changes.end(), changes_.begin(),
                                 [](const DealChange& a, const DealChange& b) {
                                     return a.deal == b.deal && a.kind == b.kind &&
                                            a.before == b.before && a.after == b.after;
                                 });
    changes_ = std::move(changes);
    if (!same)
        emit comparisonChanged();
}

std::optional<ChangeKind> Document::changeOf(std::size_t deal) const {
    auto found = std::lower_bound(changes_.begin(), changes_.end(), deal,
                                  [](const DealChange& c, std::size_t d) { return c.deal < d; });
    if (found == changes_.end() || found->deal != deal)
        return std::nullopt;
    return found->kind;
}

void Document::setDisplayOptions(const DisplayOptions& options) {
    if (options == display_)
        return;
    display_ = options;
    emit displayChanged();
}

void Document::setHighlight(const Highlight& highlight) {
    if (highlight == highlight_)
        return;
    highlight_ = highlight;
    emit highlightChanged();
}

bool Document::isValid(const Selection& selection) const {
    switch (selection.kind) {
    case Selection::Kind::None:
        return true;
    case Selection::Kind::Entity:
        return model_.entity(selection.id) != nullptr ||
               collapsedGroupOfBox(selection.id).has_value();
    case Selection::Kind::Deal:
        return model_.deal(selection.id) != nullptr;
    case Selection::Kind::Flow: {
        const Deal* deal = model_.deal(selection.id);
        return deal && selection.flow >= 0 &&
               static_cast<std::size_t>(selection.flow) < deal->flows.size();
    }
    }
    return false;
}

void Document::select(const Selection& selection) {
    if (selection == selection_ || !isValid(selection))
        return;
    if (!selection_.isNone()) {
        back_.push_back(selection_);
        if (back_.size() > kMaxHistory)
            back_.erase(back_.begin());
    }
    forward_.clear();
    setSelectionNoHistory(selection);
    emit historyChanged();
}

void Document::setSelectionNoHistory(const Selection& selection) {
    selection_ = selection;
    emit selectionChanged(selection_);
}

bool Document::canGoBack() const {
    return !back_.empty();
}
bool Document::canGoForward() const {
    return !forward_.empty();
}

void Document::goBack() {
    if (back_.empty())
        return;
    if (!selection_.isNone())
        forward_.push_back(selection_);
    const Selection target = back_.back();
    back_.pop_back();
    setSelectionNoHistory(target);
    emit historyChanged();
}

void Document::goForward() {
    if (forward_.empty())
        return;
    if (!selection_.isNone())
        back_.push_back(selection_);
    const Selection target = forward_.back();
    forward_.pop_back();
    setSelectionNoHistory(target);
    emit historyChanged();
}

void Document::selectNextDeal() {
    stepDeal(+1);
}
void Document::selectPreviousDeal() {
    stepDeal(-1);
}

void Document::stepDeal(int direction) {
    const std::vector<std::size_t>& order = model_.chronological();
    std::vector<std::size_t> visible; // positions in `order` of the deals the view shows
    for (std::size_t position = 0; position < order.size(); ++position)
        if (view_.containsDeal(order[position]))
            visible.push_back(position);
    if (visible.empty())
        return;

    auto positionOf = [&](std::size_t dealIndex) {
        return static_cast<std::size_t>(std::find(order.begin(), order.end(), dealIndex) -
                                        order.begin());
    };
    std::size_t target = direction > 0 ? visible.front() : visible.back();

    if (const std::string dealId = selection_.dealId(); !dealId.empty()) {
        if (auto index = model_.dealIndex(dealId)) {
            // Step from the deal's place in time even when the filter hides the deal itself.
            const std::size_t here = positionOf(*index);
            if (direction > 0) {
                auto it = std::upper_bound(visible.begin(), visible.end(), here);
                target = it != visible.end() ? *it : visible.front();
            } else {
                auto it = std::lower_bound(visible.begin(), visible.end(), here);
                target = it != visible.begin() ? *std::prev(it) : visible.back();
            }
        }
    } else if (selection_.kind == Selection::Kind::Entity) {
        // From an entity, start with its first deal (or, going back, its last one).
        const std::vector<std::size_t> own = model_.dealsOf(selection_.id);
        std::vector<std::size_t> ownVisible;
        for (std::size_t position : visible)
            if (std::find(own.begin(), own.end(), order[position]) != own.end())
                ownVisible.push_back(position);
        if (!ownVisible.empty())
            target = direction > 0 ? ownVisible.front() : ownVisible.back();
    }
    select(Selection::deal(model_.deals()[order[target]].id));
}

Document::DealPosition Document::dealPosition() const {
    DealPosition position;
    const auto selected = model_.dealIndex(selection_.dealId());
    for (std::size_t deal : model_.chronological()) {
        if (!view_.containsDeal(deal))
            continue;
        ++position.count;
        if (selected && deal == *selected)
            position.index = position.count;
    }
    return position;
}

void Document::setWatchFile(bool watch) {
    watchFile_ = watch;
    this->startWatching(filePath_);
}

void Document::startWatching(const QString& path) {
    stopWatching();
    if (!watchFile_ || path.isEmpty())
        return;
    if (QFileInfo::exists(path))
        watcher_.addPath(path);
    // Editors save by writing a new file and renaming it over the old one, which ends the
    // watch on the file; the directory tells us when the path exists again.
    const QString directory = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(directory))
        watcher_.addPath(directory);
}

void Document::stopWatching() {
    reloadTimer_.stop();
    if (!watcher_.files().isEmpty())
        watcher_.removePaths(watcher_.files());
    if (!watcher_.directories().isEmpty())
        watcher_.removePaths(watcher_.directories());
}

void Document::onFileChanged(const QString& path) {
    if (path == filePath_)
        reloadTimer_.start(); // restarts: reload once the writes have stopped
}

void Document::onDirectoryChanged(const QString&) {
    // Only interesting when the watch on the file was lost and the file is back.
    if (!filePath_.isEmpty() && !watcher_.files().contains(filePath_) &&
        QFileInfo::exists(filePath_))
        reloadTimer_.start();
}

void Document::checkFileOnDisk() {
    if (filePath_.isEmpty() || !QFileInfo::exists(filePath_))
        return; // deleted: keep the model; the directory watch brings us back if it returns
    // Re-arm the watch: after a replace the old watch followed the old, deleted file.
    if (watchFile_) {
        if (watcher_.files().contains(filePath_))
            watcher_.removePath(filePath_);
        watcher_.addPath(filePath_);
    }
    QFile file(filePath_);
    if (file.size() <= static_cast<qint64>(kMaxFileBytes) && file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        if (text == diskText_)
            return; // what was read or saved last: our own save, or a touch
        if (isModified()) {
            // Reloading would throw the user's edits away: say so once, and let them choose.
            if (text != saidDiskText_) {
                saidDiskText_ = std::string(text);
                emit changedOnDisk(filePath_);
            }
            return;
        }
    }
    reload();
}

} // namespace dealgraph::app
