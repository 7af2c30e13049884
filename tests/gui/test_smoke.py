from memo_builder.gui.steps import STEP_KEYS


def test_every_step_builds(window):
    for i, key in enumerate(STEP_KEYS):
        window.go_to(i)
        assert window.current_step() == i
        assert window.page(i).key == key
    assert window.windowTitle().endswith("– Memo Builder")
